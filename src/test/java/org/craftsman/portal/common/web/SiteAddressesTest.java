package org.craftsman.portal.common.web;

import org.craftsman.portal.live.BroadcastCard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SiteAddressesTest {

	@ParameterizedTest
	@ValueSource(strings = { "/\\evil.example/x", "//evil.example/x", "/%5Cevil.example", "/%5cevil.example",
			"/%2F/evil.example", "/%2fevil.example", "\\\\evil", "\\evil", "javascript:alert(1)", "JavaScript:x",
			"data:text/html,x", "http://insecure.example/x", "/x\\y", "/x\u0000", "/x\u202E", "/x%00", "/x y",
			"/x\"onerror", "/%zz", "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "/%09/evil.example",
			"/ /evil.example", "https://evil.example\\@portal/x", "https:/\\evil.example", "", "media/x" })
	void anAddressABrowserMightReadAsAnotherHostIsRefused(String address) {
		assertThat(SiteAddresses.isSiteRelative(address)).isFalse();
		assertThat(SiteAddresses.isExternal(address)).isFalse();
		assertThat(BroadcastCard.playable(address)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/media/replay.webm", "/live/1", "/", "/results?q=%E7%84%8A&x=1", "/a/b%20c" })
	void anAddressOnThePortalIsSiteRelative(String address) {
		assertThat(SiteAddresses.isSiteRelative(address)).isTrue();
		assertThat(BroadcastCard.playable(address)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "https://live.example.org/stream.m3u8", "https://example.org", "https://a.example:8443/x?y=1" })
	void anHttpsAddressIsExternal(String address) {
		assertThat(SiteAddresses.isExternal(address)).isTrue();
		assertThat(SiteAddresses.isSiteRelative(address)).isFalse();
	}

}
