import type { TagManager } from '@sl/managers';
import { Table } from '../../output/table';

type Tag = Awaited<ReturnType<TagManager['getTag']>>;

/** The name of the object a tag reference points at, or the API's fault text (the reference's `get_resource_name`). */
async function resourceName(manager: TagManager, resourceId: number, tagType: string): Promise<unknown> {
  const { TagManager: Tags } = await import('@sl/managers/tag-manager');
  try {
    const resource = (await manager.referenceLookup(resourceId, tagType)) as Record<string, unknown>;
    return Tags.getResourceName(resource, tagType) ?? null;
  } catch (error) {
    const fault = error as { faultString?: string; message?: string };
    return fault.faultString ?? fault.message ?? String(error);
  }
}

/** One table per tag: the objects that carry it (id, tag type, name). */
export async function detailedTables(manager: TagManager, tags: readonly Tag[]): Promise<Table[]> {
  const tables: Table[] = [];
  for (const tag of tags) {
    const references = await manager.getTagReferences(Number(tag.id));
    const table = new Table(['Id', 'Type', 'Resource'], { title: tag.name });
    for (const reference of references) {
      const tagType = reference.tagType?.keyName;
      const resourceId = reference.resourceTableId;
      table.addRow([resourceId, tagType, await resourceName(manager, Number(resourceId), String(tagType))]);
    }
    tables.push(table);
  }
  return tables;
}

/** The tags an identifier names: a tag id (digits, unless `byName`), else a tag name. */
export async function tagsOf(manager: TagManager, identifier: string, byName: boolean): Promise<Tag[]> {
  return /^\d+$/.test(identifier) && !byName
    ? [await manager.getTag(Number(identifier))]
    : manager.getTagByName(identifier);
}

/** The `--name` flag of `tags details` and `tags delete`. */
export const BY_NAME_OPTION = {
  flags: '--name',
  description: 'Assume identifier is a tag name. Useful if your tag name is a number.',
};
