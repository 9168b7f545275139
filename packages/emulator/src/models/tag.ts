import type { EmulatorState } from '../data/state';
import { type TaggedObject, taggedObjects } from '../data/tagged-objects';
import { tagIdOf, tagReferencesView } from './shared-views';
import { defineModel, type TypeModel } from './type-model';

/** A tag of the account: its name and the objects carrying it (none for an unattached tag). */
export interface TagView {
  id: number;
  name: string;
  references: TaggedObject[];
}

/** Every tag of the account: the attached ones (by name), then the unattached ones. */
export function accountTags(state: EmulatorState): TagView[] {
  const byName = new Map<string, TagView>();
  for (const object of taggedObjects(state)) {
    for (const name of object.tags) {
      const tag = byName.get(name) ?? { id: tagIdOf(name), name, references: [] };
      tag.references.push(object);
      byName.set(name, tag);
    }
  }
  const attached = [...byName.values()].sort((a, b) => a.id - b.id);
  const unattached = state.unattachedTags
    .all()
    .filter((tag) => !byName.has(tag.name))
    .map((tag) => ({ ...tag, references: [] }));
  return [...attached, ...unattached];
}

/** `SoftLayer_Tag`: a tag with its references (`referenceCount` counts them). */
export const tagModel: TypeModel<unknown> = defineModel<TagView>({
  type: 'SoftLayer_Tag',
  local: (tag, context) => ({ id: tag.id, name: tag.name, accountId: context.state.accountId, internal: 0 }),
  relations: {
    references: {
      type: 'SoftLayer_Tag_Reference',
      get: (tag) =>
        tag.references.flatMap((object) =>
          tagReferencesView([tag.name], object.resourceTableId, object.typeId),
        ),
    },
  },
});
