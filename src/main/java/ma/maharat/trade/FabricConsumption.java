package ma.maharat.trade;

/**
 * How much fabric an order needs, from the marker: the layout of the pattern pieces of one or more
 * garments on the fabric's width. Definitions of marker planning in apparel manufacturing (T. Karthik,
 * P. Ganesan, D. Gopalakrishnan, <i>Apparel Manufacturing Technology</i>, CRC Press 2016, chapter "Marker
 * planning"): the marker efficiency is the share of the marker's area the pieces cover; each ply of the
 * spread also loses an end allowance; the order adds a share for cutting waste and faults.
 */
public final class FabricConsumption {

    private FabricConsumption() {}

    /**
     * The marker's efficiency, 0 to 1: the pieces' area over the marker's area.
     *
     * @param piecesArea the pattern pieces' area in m², at most the marker's
     * @param markerLength in m, 0.1 to 100
     * @param fabricWidth the usable width in m, 0.3 to 4
     */
    public static double markerEfficiency(double piecesArea, double markerLength, double fabricWidth) {
        Bounds.require("marker length (m)", markerLength, 0.1, 100);
        Bounds.require("fabric width (m)", fabricWidth, 0.3, 4);
        double markerArea = markerLength * fabricWidth;
        Bounds.require("pieces' area (m²)", piecesArea, 0, markerArea);
        return piecesArea / markerArea;
    }

    /**
     * Fabric per garment in m: the marker's length and the end allowance of its ply, shared by the
     * garments the marker holds.
     */
    public static double perGarment(double markerLength, double endAllowance, int garmentsInMarker) {
        Bounds.require("marker length (m)", markerLength, 0.1, 100);
        Bounds.require("end allowance (m)", endAllowance, 0, 1);
        Bounds.require("garments in the marker", garmentsInMarker, 1, 100);
        return (markerLength + endAllowance) / garmentsInMarker;
    }

    /**
     * Fabric to buy for an order in m, cutting waste and faults added, rounded up to the next metre as
     * it is sold.
     *
     * @param wasteRate a share, 0 to 0.5 (3 to 5 % is usual)
     */
    public static long forOrder(double perGarment, int garments, double wasteRate) {
        Bounds.require("fabric per garment (m)", perGarment, 0, 50);
        Bounds.require("garments", garments, 1, 1_000_000);
        Bounds.require("waste rate", wasteRate, 0, 0.5);
        // The small epsilon keeps 350.0000000001 (binary rounding of an exact 350) from buying a metre more.
        return (long) Math.ceil(perGarment * garments * (1 + wasteRate) - 1e-9);
    }
}
