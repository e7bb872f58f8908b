/**
 * The front door of exemplars/. Exemplars (先进典型): profiles, their revisions and review, photos,
 * the public pages. Other modules and the composition root import this module only from here.
 */
export { exemplarRoutes } from './exemplar.routes';
export { Exemplar, ExemplarCategory, ExemplarRevision, Photo } from './exemplar.entity';
export { ExemplarResolver, ExemplarRevisionResolver, PhotoResolver, PublicExemplarResolver } from './exemplar.resolver';
export { ExemplarService } from './exemplar.service';
export { createExemplarLoaders } from './exemplar.loaders';
export type { ExemplarLoaders } from './exemplar.loaders';
export { MAX_PHOTO_BYTES, PHOTO_SIZES, photoBody, processPhoto } from './photos';
export { MAX_STORY_CHARS } from './story';
