package hu.kozossegi.portal.opendata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The per-token limit: a token over its requests per minute waits; another token is not affected. */
class ApiRateLimitTests {

    @Test
    void aTokenOverItsLimitWaitsAndOthersGoOn() {
        ApiRateLimit limit = new ApiRateLimit(3);
        assertThat(limit.tryRequest(1)).isZero();
        assertThat(limit.tryRequest(1)).isZero();
        assertThat(limit.tryRequest(1)).isZero();
        long wait = limit.tryRequest(1);
        assertThat(wait).isBetween(1L, 61L);
        assertThat(limit.tryRequest(2)).isZero();
    }

    @Test
    void tokensAreStoredAsTheirSha256() {
        assertThat(ApiTokens.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
