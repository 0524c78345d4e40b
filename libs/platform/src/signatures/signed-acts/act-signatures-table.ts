/**
 * The DDL of the table each context that takes signed acts keeps in its own schema: one row per
 * signature, written with the act, never changed (the role gets SELECT and INSERT only).
 */
export function actSignaturesTableSql(schema: string): string {
  return `
    CREATE TABLE ${schema}.act_signatures (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      act text NOT NULL,
      act_id text NOT NULL,
      request_id uuid,
      content bytea NOT NULL,
      content_digest text NOT NULL,
      cms bytea NOT NULL,
      cms_digest text NOT NULL,
      certificate bytea NOT NULL,
      signer_iin text,
      signer_bin text,
      signer_name text NOT NULL,
      algorithm text NOT NULL,
      signing_time timestamptz NOT NULL,
      revocation_source text NOT NULL,
      revocation_status text NOT NULL,
      revocation_response bytea NOT NULL,
      verification jsonb NOT NULL,
      verified_at timestamptz NOT NULL,
      UNIQUE (act, act_id)
    );
    CREATE INDEX act_signatures_request ON ${schema}.act_signatures (request_id);`;
}

/** The columns of one row, in the order of {@link actSignatureValues}. */
export const ACT_SIGNATURE_COLUMNS =
  'act, act_id, request_id, content, content_digest, cms, cms_digest, certificate, signer_iin, signer_bin, signer_name, algorithm, signing_time, revocation_source, revocation_status, revocation_response, verification, verified_at';
