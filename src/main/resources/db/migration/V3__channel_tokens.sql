-- Rotating OAuth tokens of the channels (Zalo's refresh token is single-use), shared by every instance.
-- channel_token_lock is a lease per key: an instance takes it with one conditional UPDATE, refreshes,
-- writes the new tokens (committed at once) and gives the lease back. A lease that runs out (its holder
-- died) may be taken by another instance.
CREATE TABLE channel_token_lock (
    token_key VARCHAR(100) NOT NULL PRIMARY KEY,
    holder VARCHAR(100),
    lease_until TIMESTAMP WITH TIME ZONE
);

CREATE TABLE channel_token (
    token_key VARCHAR(100) NOT NULL PRIMARY KEY,
    refresh_token VARCHAR(2000) NOT NULL,
    access_token VARCHAR(4000),
    access_token_expires_at TIMESTAMP WITH TIME ZONE,
    seed_hash VARCHAR(64),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
