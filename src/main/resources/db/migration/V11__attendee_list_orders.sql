-- Orders and indexes the public list pages use.

-- Chinese titles sorted as readers expect them: by pinyin, not by code point.
CREATE COLLATION IF NOT EXISTS portal_pinyin (provider = icu, locale = 'zh-u-co-pinyin');

-- The home page's featured results, most liked first.
CREATE INDEX innovation_results_featured_idx ON innovation_results (like_count DESC, id DESC)
    WHERE published AND featured;

-- The contracts page sorted by amount.
CREATE INDEX transformation_contracts_amount_idx ON transformation_contracts (amount DESC, id DESC);
