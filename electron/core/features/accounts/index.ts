// What other features use of accounts/; everything else in the folder is its own.
export { createUser, hasAdmin, type NewUser } from './service.ts';
export { sessionState } from './session.ts';
