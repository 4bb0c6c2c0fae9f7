export * from './event';
export * from './verify';
export * from './compact';
export * from './languages';
