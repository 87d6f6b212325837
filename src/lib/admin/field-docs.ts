import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * The one-line JSDoc each schema field carries for authors, read from the schema source
 * so that the admin's hints are the schema's own words (one source, no copy to drift).
 * Keys are dotted paths from the declared constant: `newsSchema.source`, `baseEntry.title`,
 * `valueFields.metric`.
 */
export function readFieldDocs(file: string): Map<string, string> {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const docs = new Map<string, string>();
  const visit = (node: ts.Node, path: string[]) => {
    let next = path;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) next = [node.name.text];
    if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
      next = [...path, node.name.text];
      const comment = ts.getJSDocCommentsAndTags(node).map((d) => (ts.isJSDoc(d) ? ts.getTextOfJSDocComment(d.comment) : ''))[0];
      if (comment) docs.set(next.join('.'), comment.replace(/\s+/g, ' ').trim());
    }
    ts.forEachChild(node, (child) => visit(child, next));
  };
  visit(sf, []);
  return docs;
}
