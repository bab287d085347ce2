package com.palmpos.pos.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.Terminal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MenuServiceTest {
    @TempDir
    Path dir;

    @Test
    void keepsAn86dItemOffSaleAcrossRestarts() {
        try (Terminal t = new Terminal(dir)) {
            t.menus.markUnavailable("cinnamon-roll", "manager");
        }
        try (Terminal t = new Terminal(dir)) {
            assertThat(t.menus.isAvailable("cinnamon-roll")).isFalse();
            assertThat(t.menus.isAvailable("croissant")).isTrue();
        }
    }

    @Test
    void putsAnItemBackOnSale() {
        try (Terminal t = new Terminal(dir)) {
            t.menus.markUnavailable("cinnamon-roll", "manager");
            t.menus.markAvailable("cinnamon-roll");
            assertThat(t.menus.isAvailable("cinnamon-roll")).isTrue();
            assertThat(t.menus.unavailableItems()).isEmpty();
        }
    }

    @Test
    void refusesToMarkAnItemThatIsNotOnTheMenu() {
        try (Terminal t = new Terminal(dir)) {
            assertThatThrownBy(() -> t.menus.markUnavailable("pizza", "m")).hasMessageContaining("'pizza' is not on the menu");
        }
    }
}
