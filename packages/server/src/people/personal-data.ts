import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const FORMAT = 'v1';

/**
 * Personal data at rest: values are sealed with AES-256-GCM under a key derived from the
 * configured data key, and found again through a keyed hash (a blind index), so equality
 * lookups and uniqueness work without the database ever holding the value in clear.
 */
export class PersonalDataCipher {
  private readonly sealKey: Buffer;
  private readonly indexKey: Buffer;

  constructor(dataKey: string) {
    if (dataKey.length < 32) throw new Error('the data key must be at least 32 characters');
    const master = Buffer.from(dataKey, 'utf8');
    this.sealKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'guildhall personal data seal', 32));
    this.indexKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'guildhall personal data index', 32));
  }

  /** `v1.<iv>.<tag>.<ciphertext>`, base64url; a fresh IV each time, so equal values seal differently. */
  seal(plain: string, purpose: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sealKey, iv);
    cipher.setAAD(Buffer.from(purpose));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [FORMAT, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  /** The value sealed for this purpose; throws when the text was altered or sealed under another key. */
  open(sealed: string, purpose: string): string {
    const [format, iv, tag, body] = sealed.split('.');
    if (format !== FORMAT || !iv || !tag || body === undefined) throw new Error('not a sealed value');
    const decipher = createDecipheriv('aes-256-gcm', this.sealKey, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** A keyed hash of the value for equality lookups; 64 hex characters. */
  index(plain: string, purpose: string): string {
    return createHmac('sha256', this.indexKey).update(purpose).update('\0').update(plain).digest('hex');
  }
}
