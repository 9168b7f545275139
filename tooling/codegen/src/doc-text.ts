/** The names a doc link may point at: datatypes and services. */
export interface LinkTargets {
  readonly types: ReadonlySet<string>;
  readonly services: ReadonlySet<string>;
}

function link(target: string, label: string | undefined, known: LinkTargets): string {
  const [page = '', member] = target
    .replace(/\s*\((type|service|datatype)\)\s*$/i, '')
    .trim()
    .split(/::|\//);
  const text = (label ?? target).replace(/[{}|]/g, '').trim();
  if (member !== undefined && known.services.has(page)) {
    return `{@link ${page}_Service.${member} | ${label === undefined ? `${page}::${member}` : text}}`;
  }
  if (member === undefined && known.types.has(page)) {
    return `{@link ${page}${label === undefined || text === page ? '' : ` | ${text}`}}`;
  }
  return text;
}

/**
 * The metadata's MediaWiki markup as JSDoc: `[[SoftLayer_X (type)|label]]` and `[[SoftLayer_X::method]]` become
 * `{@link ...}` when the target exists (other links keep their text); `* item` lists, `'''bold'''` and `''italic''`
 * become Markdown.
 */
export function docText(text: string, known: LinkTargets): string {
  return text
    .replace(/\[\[([^\]|]+)(?:\|([^\]]*))?\]\]/g, (_match, target: string, label: string | undefined) =>
      link(target, label, known),
    )
    .replace(/^\*+\s*/gm, '- ')
    .replace(/'''(.+?)'''/g, '**$1**')
    .replace(/''(.+?)''/g, '*$1*');
}
