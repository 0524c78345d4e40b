export * from './answers.decorator';
export * from './api-document';
export * from './error-body.view';
export * from './route-contract.audit';
