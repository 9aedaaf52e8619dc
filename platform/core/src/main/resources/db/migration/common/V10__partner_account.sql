-- Partner contacts' accounts that a client admin gave out (PartnerAccount): until the address is
-- verified, such an account (account_id, the identity provider's id) sees only the invitations
-- of the organisation that gave it out.

CREATE TABLE partner_account (
    id         BIGINT       NOT NULL PRIMARY KEY,
    version    BIGINT,
    email      VARCHAR(320) NOT NULL UNIQUE,
    account_id VARCHAR(64)  NOT NULL,
    issued_by  VARCHAR(64)  NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
