/**
 * GraphQL enums, each registered from the model's own list so the API and
 * the rules can never disagree.
 */
import { registerEnumType } from 'type-graphql';
import { CLASS_NAMES } from '../../graph/model/classes';
import { ENUMS } from '../../graph/model/enums';
import { RELATIONSHIP_RULES, RELATIONSHIP_TYPES } from '../../graph/model/relationships.rules';
import { ORDER_FIELDS } from '../../graph/items/items.query';

const asEnum = (values: readonly string[]): Record<string, string> => Object.fromEntries(values.map((v) => [v, v]));

export const CIClass = asEnum(CLASS_NAMES);
registerEnumType(CIClass, { name: 'CIClass', description: 'Every class of configuration item.' });

export const ModelEnums = Object.fromEntries(
  Object.entries(ENUMS).map(([name, values]) => {
    const e = asEnum(values);
    registerEnumType(e, { name });
    return [name, e];
  }),
) as Record<keyof typeof ENUMS, Record<string, string>>;

export const RelationshipTypeEnum = asEnum(RELATIONSHIP_TYPES);
registerEnumType(RelationshipTypeEnum, {
  name: 'RelationshipType',
  description: 'Relationship types; each points from the dependent to what it needs.',
  valuesConfig: Object.fromEntries(RELATIONSHIP_RULES.map((r) => [r.type, { description: r.description }])),
});

export const DirectionEnum = asEnum(['OUT', 'IN']);
registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'OUT follows relationships from this CI; IN follows those pointing at it.',
});

export const ItemOrderFieldEnum = asEnum(Object.keys(ORDER_FIELDS));
registerEnumType(ItemOrderFieldEnum, { name: 'ItemOrderField' });

export const OrderDirectionEnum = asEnum(['ASC', 'DESC']);
registerEnumType(OrderDirectionEnum, { name: 'OrderDirection' });
