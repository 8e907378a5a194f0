// The longest text each setting takes, read from the settings' JSON Schema (generated from the
// zod schema by `npm run schema`), so the staff screens' character counts never repeat a limit
// by hand, and the admin bundle needs no zod to know them.
import schema from '../../docs/settings.schema.json';

interface SchemaNode {
  readonly type?: string;
  readonly maxLength?: number;
  readonly properties?: Record<string, SchemaNode>;
  readonly additionalProperties?: SchemaNode | boolean;
  readonly items?: SchemaNode;
}

/** maxLength at a settings path ("notices.0.translations.pl.title"), if the schema sets one. */
export function maxLengthAt(path: string): number | undefined {
  let node: SchemaNode | undefined = schema as SchemaNode;
  for (const part of path.split('.')) {
    if (!node) return undefined;
    if (node.type === 'array') node = node.items;
    else node = node.properties?.[part] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
  }
  return node?.maxLength;
}
