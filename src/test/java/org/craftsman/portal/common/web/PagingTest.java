package org.craftsman.portal.common.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTest {

	@Test
	void readsPageAndSize() {
		assertThat(Paging.of("3", "20", 12, 60)).isEqualTo(new Paging(3, 20));
		assertThat(Paging.of("3", "20", 12, 60).offset()).isEqualTo(40);
	}

	@Test
	void malformedValuesGiveASanePage() {
		assertThat(Paging.of("-1", "100000", 12, 60)).isEqualTo(new Paging(1, 60));
		assertThat(Paging.of("abc", "0", 12, 60)).isEqualTo(new Paging(1, 12));
		assertThat(Paging.of("99999999999", "-5", 12, 60)).isEqualTo(new Paging(1, 12));
		assertThat(Paging.of(null, null, 12, 60)).isEqualTo(new Paging(1, 12));
		assertThat(Paging.of("999999999", "60", 12, 60).offset()).isPositive();
	}

	@Test
	void aPageBeyondTheEndBecomesTheLastPage() {
		assertThat(new Paging(9, 10).within(35)).isEqualTo(new Paging(4, 10));
		assertThat(new Paging(2, 10).within(35)).isEqualTo(new Paging(2, 10));
		assertThat(new Paging(5, 10).within(0)).isEqualTo(new Paging(1, 10));
	}

}
