export { transition } from '@qaztech/platform';
