package com.palmpos.ui.internal.companion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class CompanionPlacementTest {

    private final Rectangle2D cashierScreen = new Rectangle2D(0, 0, 1920, 1080);
    private final Rectangle2D customerScreen = new Rectangle2D(1920, 0, 1024, 600);

    @Test
    void coversTheSecondScreenWhenThereIsOne() {
        CompanionPlacement placement = CompanionPlacement.choose(List.of(cashierScreen, customerScreen), cashierScreen);

        assertThat(placement.fullScreen()).isTrue();
        assertThat(placement.bounds()).isEqualTo(customerScreen);
    }

    @Test
    void findsTheSecondScreenWhateverTheOrder() {
        CompanionPlacement placement = CompanionPlacement.choose(List.of(customerScreen, cashierScreen), cashierScreen);

        assertThat(placement.bounds()).isEqualTo(customerScreen);
    }

    @Test
    void opensAnOrdinaryWindowOnASingleScreen() {
        CompanionPlacement placement = CompanionPlacement.choose(List.of(cashierScreen), cashierScreen);

        assertThat(placement.fullScreen()).isFalse();
        assertThat(placement.bounds()).isEqualTo(new Rectangle2D(1120, 480, 800, 600));
    }

    @Test
    void shrinksTheWindowToASmallScreen() {
        Rectangle2D small = new Rectangle2D(0, 0, 640, 480);

        assertThat(CompanionPlacement.choose(List.of(small), small).bounds()).isEqualTo(small);
    }
}
