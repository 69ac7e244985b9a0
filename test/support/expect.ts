/** Assertions on GraphQL answers from the SDK (errorPolicy 'all' returns errors instead of throwing). */
import type { GraphQLError } from 'graphql';
import { ClientError } from 'graphql-request';

interface Answer<T> {
  data: T;
  errors?: GraphQLError[];
}

/** The data of an answer that must have no errors. */
export function ok<T>(answer: Answer<T>): T {
  if (answer.errors?.length) {
    throw new Error(`expected no errors, got: ${JSON.stringify(answer.errors, null, 1)}`);
  }
  return answer.data;
}

/**
 * The first error of an answer, checked for its code and (optionally) field.
 * graphql-request throws on HTTP 400 (a variable refused before execution):
 * that counts as an answer with errors too.
 */
export async function refused<T>(
  pending: Promise<Answer<T>> | Answer<T>,
  code: string,
  field?: string,
): Promise<GraphQLError> {
  let answer: Answer<T> | { errors?: GraphQLError[] };
  try {
    answer = await pending;
  } catch (error) {
    if (!(error instanceof ClientError)) throw error;
    answer = { errors: error.response.errors as unknown as GraphQLError[] };
  }
  expect(answer.errors?.length).toBeGreaterThan(0);
  const error = answer.errors![0];
  expect(error.extensions?.code).toBe(code);
  if (field !== undefined) expect(error.extensions?.field).toBe(field);
  return error;
}
