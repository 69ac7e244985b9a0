/** GraphQL types of IP space: a prefix in its containment tree, and a prefix's utilisation. */
import { Field, Float, ID, Int } from 'type-graphql';
import { ObjectType } from '../platform/object.type';
import { ConfigurationItem } from '../items/item.types';

@ObjectType({
  description:
    'A prefix in the tree of its VRF (or of the global table): parent and children follow from the CIDR, the narrowest containing prefix and the widest contained ones.',
})
export class PrefixTreeEntry {
  @Field(() => ConfigurationItem, { description: 'The Prefix CI.' })
  item!: object;

  @Field(() => String, { description: 'The prefix, normalised (IPv6 compressed, lower case).' })
  prefix!: string;

  @Field(() => Int, { description: '4 or 6.' })
  family!: number;

  @Field(() => Int, { description: 'How many prefixes of its scope contain it.' })
  depth!: number;

  @Field(() => ID, { nullable: true, description: 'The narrowest prefix containing it in the same VRF.' })
  parentId!: string | null;

  @Field(() => [ID], { description: 'The widest prefixes it contains in the same VRF.' })
  childIds!: string[];

  @Field(() => ID, { nullable: true, description: 'Its VRF; null for the global table.' })
  vrfId!: string | null;
}

@ObjectType({ description: 'How much of a prefix is used.' })
export class PrefixUsage {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  prefix!: string;

  @Field(() => String, {
    description:
      'Addresses that count, as a decimal string (an IPv6 size does not fit an Int): the whole prefix, less network and broadcast for an ordinary IPv4 prefix without child prefixes.',
  })
  size!: string;

  @Field(() => String, {
    description:
      'Used, as a decimal string: the space of its child prefixes, or when it has none the addresses in it; all of it when markUtilised.',
  })
  used!: string;

  @Field(() => Float, { description: 'used / size in percent, one decimal place.' })
  percent!: number;
}

@ObjectType({ description: "A prefix's utilisation, with that of each of its child prefixes." })
export class PrefixUtilisation extends PrefixUsage {
  @Field(() => [PrefixUsage])
  children!: PrefixUsage[];
}
