UPDATE posts SET published_at = strftime('%Y-%m-%dT%H:%M:%SZ', published_at) WHERE published_at IS NOT NULL;
