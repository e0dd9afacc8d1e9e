/** The plan model: zod schemas are the single definition of the domain types. */
export * from './source-span';
export * from './line-origin';
export * from './plan-document';
export * from './section';
export * from './task';
export * from './unit';
export * from './assignment';
export * from './project';
export * from './finding';
export * from './paragraph-role';
export * from './parsed-plan';
