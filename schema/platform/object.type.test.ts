/** Plain fields resolve by GraphQL's default resolver; field resolvers keep theirs. */
import 'reflect-metadata';
import { isObjectType } from 'graphql';
import type { GraphQLObjectType } from 'graphql';
import { buildEstateSchema } from '../../server/graphql/build';

const schema = buildEstateSchema();
const fieldsOf = (name: string) => {
  const type = schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
  return (type as GraphQLObjectType).getFields();
};

describe('object types', () => {
  it('leave plain fields to the default resolver, on CI classes (own and inherited fields) and on other types', () => {
    expect(fieldsOf('Server').name.resolve).toBeUndefined();
    expect(fieldsOf('Server').hostname.resolve).toBeUndefined();
    expect(fieldsOf('Server').serialNumber.resolve).toBeUndefined();
    expect(fieldsOf('PageInfo').hasNextPage.resolve).toBeUndefined();
    expect(fieldsOf('Change').seq.resolve).toBeUndefined();
  });

  it('keep the resolvers of field resolvers', () => {
    expect(fieldsOf('Server').location.resolve).toBeInstanceOf(Function);
    expect(fieldsOf('Server').history.resolve).toBeInstanceOf(Function);
    expect(fieldsOf('BusinessService').health.resolve).toBeInstanceOf(Function);
  });
});
