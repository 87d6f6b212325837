import { z } from 'astro/zod';
import { newsSchema } from './src/schemas/news.ts';
import { figuresYearSchema } from './src/schemas/figures.ts';
const j: any = z.toJSONSchema(newsSchema, { io: 'input', unrepresentable: 'any' });
console.log(JSON.stringify(j).slice(0, 1500));
const f: any = z.toJSONSchema(figuresYearSchema, { io: 'input', unrepresentable: 'any' });
console.log(JSON.stringify(f.properties.entries).slice(0, 600));
