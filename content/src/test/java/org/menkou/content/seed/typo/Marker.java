package org.menkou.content.seed.typo;

/** Anchors the test seed file of this package: a stations.yaml with a misspelt key. */
public final class Marker {
    private Marker() {
    }
}
