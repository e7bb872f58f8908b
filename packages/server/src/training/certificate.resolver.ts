import { Arg, Query, Resolver } from 'type-graphql';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { NotFoundError } from '../kernel/errors';
import { CertificateCheck } from './certificate.service';

@Resolver()
export class CertificateResolver {
  @Query(() => CertificateCheck, { description: 'Checks a certificate code; no account needed. NOT_FOUND for a code never issued' })
  async verifyCertificate(@Arg('code') code: string, @Ctx() ctx: GraphQLContext): Promise<CertificateCheck> {
    const found = await ctx.services.enrollments.checkCertificate(code);
    if (!found) throw new NotFoundError('Certificate', code.slice(0, 20));
    return found;
  }
}
