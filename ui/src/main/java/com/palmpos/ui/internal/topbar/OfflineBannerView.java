package com.palmpos.ui.internal.topbar;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Journey 8: the band under the top bar while the cloud is unreachable: selling goes on, and how many changes wait
 * to be sent. Hidden (and taking no space) while online. FX thread only.
 */
public final class OfflineBannerView extends HBox {

    public OfflineBannerView(SyncStatusViewModel sync) {
        setId("offline-banner");
        getStyleClass().add("offline-banner");
        Label headline = new Label();
        headline.setId("offline-banner-text");
        headline.getStyleClass().add("offline-banner-text");
        headline.textProperty().bind(sync.bannerProperty());
        Label detail = new Label();
        detail.setId("offline-banner-pending");
        detail.getStyleClass().add("offline-banner-pending");
        detail.textProperty().bind(sync.bannerDetailProperty());
        getChildren().add(new VBox(2, headline, detail));
        visibleProperty().bind(sync.bannerProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
