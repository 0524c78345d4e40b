export * from './signing-document';
export * from './act-signature.dto';
export * from './act-signatures.service';
export * from './act-signatures-table';
