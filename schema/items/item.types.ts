/**
 * The ConfigurationItem interface, the HardwareAsset interface and one
 * object type per class of the class table. The class-specific fields are
 * declared from the table, so adding a field there adds it here.
 */
import { Field, ID, Int, InterfaceType } from 'type-graphql';
import { ObjectType } from '../platform/object.type';
import { CLASSES, HARDWARE_FIELDS } from '../../graph/model/classes';
import type { ClassSpec } from '../../graph/model/classes';
import { ModelEnums } from '../model/enums';
import { declareFields } from './field.types';
import { DateTimeScalar, JSONObjectScalar } from '../platform/scalars';

@InterfaceType({
  description: 'Anything Estate keeps track of: hardware, software, services, places, people and paper.',
  resolveType: (value: { class: string }) => value.class,
})
export abstract class ConfigurationItem {
  @Field(() => ID, { description: 'Stable identifier, never reused.' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The class name, e.g. Server.' })
  class!: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => [String])
  tags!: string[];

  @Field(() => ModelEnums.LifecycleState)
  lifecycleState!: string;

  @Field(() => ModelEnums.OperationalStatus)
  operationalStatus!: string;

  @Field(() => Int, { description: 'Bumped by every update; pass it back as expectedVersion.' })
  version!: number;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar)
  updatedAt!: string;

  @Field(() => JSONObjectScalar, {
    description: 'Free-form site-specific fields: strings, numbers, booleans or lists of them.',
  })
  attributes!: Record<string, unknown>;
}

@InterfaceType({
  implements: ConfigurationItem,
  description: 'A physical asset with asset-register fields.',
  resolveType: (value: { class: string }) => value.class,
})
export abstract class HardwareAsset extends ConfigurationItem {}
declareFields(HardwareAsset, HARDWARE_FIELDS, false);

const HARDWARE_FIELD_NAMES = new Set(HARDWARE_FIELDS.map((f) => f.name));

function objectTypeFor(spec: ClassSpec): Function {
  const hardware = spec.category === 'hardware';
  const Base = hardware ? HardwareAsset : ConfigurationItem;
  // A named class, so type-graphql and stack traces show the class name.
  const type = { [spec.name]: class extends Base {} }[spec.name];
  declareFields(type, hardware ? spec.fields.filter((f) => !HARDWARE_FIELD_NAMES.has(f.name)) : spec.fields, false);
  ObjectType(spec.name, {
    description: spec.description,
    implements: hardware ? [ConfigurationItem, HardwareAsset] : ConfigurationItem,
  })(type);
  return type;
}

/** One object type per class, in table order (registered with buildSchema's orphanedTypes). */
export const CLASS_TYPES: readonly Function[] = CLASSES.map(objectTypeFor);
