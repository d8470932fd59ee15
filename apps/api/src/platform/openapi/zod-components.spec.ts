import { z } from 'zod';
import { zodComponents } from './zod-components.js';

interface Node {
  name: string;
  children?: Record<string, Node>;
}

describe('zodComponents', () => {
  it('publishes a recursive part as a component of its own, with references into the document', () => {
    const node: z.ZodType<Node> = z.lazy(() => z.object({ name: z.string(), children: z.record(z.string(), node).optional() }));
    const tree = z.object({ root: node });
    const components = zodComponents('Tree', tree, 'output');
    const text = JSON.stringify(components);
    expect(text).not.toMatch(/"\$ref":"#(\/\$defs\/[^"]*)?"/);
    expect(text).not.toContain('$schema');
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(Object.keys(components)).toContain(ref);
  });

  it('keeps a plain schema as one component', () => {
    expect(zodComponents('Code', z.enum(['a', 'b']), 'input')).toEqual({ Code: { type: 'string', enum: ['a', 'b'] } });
  });
});
