import { storesGlobalTeardown } from './storesGlobalSetup';

export default storesGlobalTeardown;
