/**
 * GraphQL types for connecting and disconnecting cables and for addressing
 * a device's components (graph/network/cables.ts, components.ts).
 */
import { Field, Float, ID, InputType, registerEnumType } from 'type-graphql';
import { ObjectType } from '../platform/object.type';
import { ConfigurationItem } from '../items/item.types';
import { ModelEnums } from '../model/enums';
import { classesIn } from '../../graph/model/classes';

const asEnum = (values: readonly string[]): Record<string, string> => Object.fromEntries(values.map((v) => [v, v]));

export const ComponentClass = asEnum(classesIn('component'));
registerEnumType(ComponentClass, {
  name: 'ComponentClass',
  description: 'The classes of device components (what COMPONENT_OF joins to a device or circuit).',
});

export const CableSideEnum = asEnum(['A', 'B']);
registerEnumType(CableSideEnum, { name: 'CableSide', description: 'The two sides of a cable; only names.' });

@InputType({
  description:
    'One end of a cable: a component by id, or by its device id and name (NetBox style); class only where the device has two components of that name (a patch panel front port 1 and rear port 1).',
})
export class TerminationRef {
  @Field(() => ID, { nullable: true })
  id?: string;

  @Field(() => ID, { nullable: true, description: 'The device (or circuit) the component belongs to.' })
  device?: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => ComponentClass, { nullable: true })
  class?: string;
}

@InputType({ description: 'A cable between terminations on side A and side B, with its own fields.' })
export class ConnectCableInput {
  @Field(() => [TerminationRef])
  aTerminations!: TerminationRef[];

  @Field(() => [TerminationRef])
  bTerminations!: TerminationRef[];

  @Field(() => ID, { nullable: true, description: 'Your own stable id; a UUID is made when absent.' })
  id?: string;

  @Field(() => String, { nullable: true, description: 'cat6, mmf-om4, smf, power, dac-passive…' })
  cableType?: string;

  @Field(() => ModelEnums.CableStatus, { nullable: true })
  cableStatus?: string;

  @Field(() => String, { nullable: true, description: 'Printed label; also the name (else the name lists the ends).' })
  label?: string;

  @Field(() => String, { nullable: true })
  colour?: string;

  @Field(() => Float, { nullable: true })
  length?: number;

  @Field(() => ModelEnums.LengthUnit, { nullable: true })
  lengthUnit?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => [String], { nullable: true })
  tags?: string[];
}

@ObjectType({ description: 'One end of a cable and its side.' })
export class CableTermination {
  @Field(() => CableSideEnum)
  side!: string;

  @Field(() => ConfigurationItem)
  item!: object;
}

@ObjectType({ description: 'A cable just connected, with its terminations.' })
export class ConnectedCable {
  @Field(() => ConfigurationItem, { description: 'The Cable CI.' })
  cable!: object;

  @Field(() => [CableTermination])
  terminations!: CableTermination[];
}
