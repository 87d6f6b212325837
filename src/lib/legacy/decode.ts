export type Decoded = { ok: true; text: string } | { ok: false; message: string };

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Bytes of an exported article → text. UTF-8 (with or without BOM) and UTF-16 with a BOM are
 * read. GBK/GB18030 and Big5 files are refused, not guessed: the two overlap byte for byte,
 * and a wrong guess would publish a page of plausible-looking wrong characters.
 */
export function decodeLegacy(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, message: '文件是空的' };
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (!utf16 && bytes.includes(0)) return { ok: false, message: '这不是文本文件（含有二进制数据）：请导入旧网站导出的 .txt 文本' };
  const text = tryDecode(utf16 ?? 'utf-8', bytes);
  if (text !== undefined) {
    const clean = text.replace(/^\uFEFF/, '');
    return clean.trim() ? { ok: true, text: clean } : { ok: false, message: '文件是空的（只有空白）' };
  }
  if (tryDecode('gb18030', bytes) !== undefined || tryDecode('big5', bytes) !== undefined) {
    return {
      ok: false,
      message: '文件不是 UTF-8 编码（看起来是 GBK 或 Big5）：请用记事本打开，选择“另存为”，编码选 UTF-8，保存后再导入',
    };
  }
  return { ok: false, message: '无法识别文件编码：请把文件另存为 UTF-8 编码的文本后再导入' };
}
