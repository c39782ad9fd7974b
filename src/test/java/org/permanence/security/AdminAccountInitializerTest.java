package org.permanence.security;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AdminAccountInitializerTest {

    private final UserAccounts accounts = mock(UserAccounts.class);

    @Test
    void withoutAConfiguredPasswordTheAdminGetsADifferentRandomOneEachInstall() {
        when(accounts.exists("admin")).thenReturn(false);
        var initializer = new AdminAccountInitializer(accounts, new MockEnvironment());

        initializer.run(new DefaultApplicationArguments());
        initializer.run(new DefaultApplicationArguments());

        ArgumentCaptor<String> passwords = ArgumentCaptor.forClass(String.class);
        verify(accounts, times(2)).create(any(), passwords.capture(), any(), any());
        assertThat(passwords.getAllValues().get(0)).hasSizeGreaterThanOrEqualTo(20)
                .isNotEqualTo(passwords.getAllValues().get(1));
    }

    @Test
    void configuredPasswordIsUsedWithTheAdminRole() {
        when(accounts.exists("admin")).thenReturn(false);
        var environment = new MockEnvironment().withProperty("PERMANENCE_ADMIN_PASSWORD", "chosen");

        new AdminAccountInitializer(accounts, environment).run(new DefaultApplicationArguments());

        verify(accounts).create("admin", "chosen", Set.of(Role.ADMIN), null);
    }

    @Test
    void existingAdminIsLeftAlone() {
        when(accounts.exists("admin")).thenReturn(true);

        new AdminAccountInitializer(accounts, new MockEnvironment()).run(new DefaultApplicationArguments());

        verify(accounts, never()).create(anyString(), anyString(), any(), any());
    }
}
