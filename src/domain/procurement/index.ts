export * from './request';
export * from './requestChecklist';
export * from './requestFile';
export * from './dealBreakers';
export * from './packageText';
