import sanitizeHtml from 'sanitize-html';

/** The markup a story may hold; anything else — scripts, styles, event handlers, images, frames — is dropped. */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'b', 'i', 'u', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'blockquote', 'a'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }) },
};

export const MAX_STORY_CHARS = 20_000;

/** A story as it may be stored and shown. */
export function sanitizeStory(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** The story as plain text, for descriptions and search. */
export function storyText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
}
