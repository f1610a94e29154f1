import * as migration_20261123_004246_initial from './20261123_004246_initial';

export const migrations = [
  {
    up: migration_20261123_004246_initial.up,
    down: migration_20261123_004246_initial.down,
    name: '20261123_004246_initial'
  },
];
