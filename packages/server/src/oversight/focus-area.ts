import { registerEnumType } from 'type-graphql';

/** The five focus areas of party-building work in the chambers, each answering one problem. */
export enum FocusArea {
  SYSTEM = 'SYSTEM',
  TRAINING = 'TRAINING',
  SUPPORT = 'SUPPORT',
  ROLE = 'ROLE',
  ATMOSPHERE = 'ATMOSPHERE',
}

registerEnumType(FocusArea, {
  name: 'FocusArea',
  description: 'The five focus areas',
  valuesConfig: {
    SYSTEM: { description: '制度建设: rules that are not followed (有规不行)' },
    TRAINING: { description: '教育培训: responsibility without knowledge (有责无识)' },
    SUPPORT: { description: '基础保障: names without substance (有名无实)' },
    ROLE: { description: '作用发挥: posts without action (有位无为)' },
    ATMOSPHERE: { description: '氛围营造: form without voice (有形无声)' },
  },
});

export const FOCUS_AREAS: readonly FocusArea[] = Object.values(FocusArea);
