/**
 * The front door of accounts/. Accounts: users, sign-in, sessions and API tokens. Other modules
 * and the composition root import this module only from here.
 */
export { ApiToken } from './api-token.entity';
export { AuthResolver, ViewerInfo } from './auth.resolver';
export { AuthService } from './auth.service';
export { CredentialCache } from './credential-cache';
export { CredentialEpoch } from './credential-epoch.entity';
export { hashPassword } from './password';
export { Session } from './session.entity';
export { SignInHold } from './sign-in-hold.entity';
export { SESSION_COOKIE } from './tokens';
export { User } from './user.entity';
export { createUserLoaders } from './user.loaders';
export type { UserLoaders } from './user.loaders';
export { UserResolver } from './user.resolver';
export { UserService } from './user.service';
