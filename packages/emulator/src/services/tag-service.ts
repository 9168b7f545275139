import { faults } from '../api-fault';
import { tagListOf } from '../data/tagged-objects';
import { tagIdOf } from '../models/shared-views';
import { accountTags } from '../models/tag';
import { TAG_TYPES } from '../models/tag-types';
import { integerArg, stringArg, tagsArg } from './arguments';
import { type MethodInput, rows, type ServiceDefinition, value } from './service-definition';

/**
 * Sets the tags of one object by tag type key name and id (`SoftLayer_Tag::setTags`); tags it no longer carries and
 * nothing else does become unattached.
 */
function setTags(input: MethodInput): boolean {
  const tags = tagsArg(input.call.args, 0);
  const keyName = stringArg(input.call.args, 1, 'keyName');
  const resourceTableId = integerArg(input.call.args, 2, 'resourceTableId');
  const type = TAG_TYPES.find((candidate) => candidate.keyName === keyName);
  if (!type) throw faults.invalidValue(`Unknown tag type "${keyName}" (see SoftLayer_Tag::getAllTagTypes).`);
  const { state } = input.context;
  state.mutate(() => {
    const object = tagListOf(state, type.id, resourceTableId);
    if (!object) throw faults.objectNotFound(resourceTableId);
    const removed = object.tags.filter((name) => !tags.includes(name));
    object.tags = tags;
    for (const name of tags) state.unattachedTags.delete(tagIdOf(name));
    const attached = new Set(
      accountTags(state).flatMap((tag) => (tag.references.length > 0 ? [tag.name] : [])),
    );
    for (const name of removed) {
      if (!attached.has(name) && !state.unattachedTags.get(tagIdOf(name))) {
        state.unattachedTags.insert({ id: tagIdOf(name), name });
      }
    }
  });
  return true;
}

export const tagService: ServiceDefinition = {
  name: 'SoftLayer_Tag',
  type: 'SoftLayer_Tag',
  find: (id, context) => accountTags(context.state).find((tag) => tag.id === id),
  methods: {
    getAttachedTagsForCurrentUser: (input) =>
      rows(
        'SoftLayer_Tag',
        accountTags(input.context.state).filter((tag) => tag.references.length > 0),
      ),
    getUnattachedTagsForCurrentUser: (input) =>
      rows(
        'SoftLayer_Tag',
        accountTags(input.context.state).filter((tag) => tag.references.length === 0),
      ),
    getTagByTagName: (input) => {
      const name = stringArg(input.call.args, 0, 'tagList');
      return rows(
        'SoftLayer_Tag',
        accountTags(input.context.state).filter((tag) => tag.name === name),
      );
    },
    getAllTagTypes: () =>
      value(TAG_TYPES.map((type) => ({ keyName: type.keyName, description: type.description }))),
    setTags: (input) => value(setTags(input)),
    /** Deletes an unattached tag; a tag objects still carry is refused. */
    deleteTag: (input) => {
      const name = stringArg(input.call.args, 0, 'tagName');
      const { state } = input.context;
      const tag = accountTags(state).find((candidate) => candidate.name === name);
      if (!tag) return value(false);
      if (tag.references.length > 0) {
        throw faults.publicError(
          `Tag "${name}" is attached to ${tag.references.length} object(s); remove it from them first.`,
        );
      }
      state.mutate(() => state.unattachedTags.delete(tag.id));
      return value(true);
    },
  },
};
