package ma.maharat.platform.image;

import java.awt.image.BufferedImage;

/**
 * The EXIF orientation of a JPEG (tag 0x0112 of the first image directory), and the turn that makes
 * its pixels upright. Phones store a photo as the sensor saw it and only say, in EXIF, how to turn it;
 * since cleaning drops EXIF, the turn must be applied to the pixels first, or photos taken upright
 * would show on their side.
 */
public final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {}

    /** The orientation from 1 (upright) to 8; 1 when the file says nothing usable. */
    public static int of(byte[] jpeg) {
        int position = 2;
        while (position + 4 <= jpeg.length) {
            if ((jpeg[position] & 0xFF) != 0xFF) {
                return 1;
            }
            int marker = jpeg[position + 1] & 0xFF;
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                position += 2;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return 1;
            }
            int length = ((jpeg[position + 2] & 0xFF) << 8) | (jpeg[position + 3] & 0xFF);
            int start = position + 4;
            int end = position + 2 + length;
            if (length < 2 || end > jpeg.length) {
                return 1;
            }
            if (marker == 0xE1 && end - start >= 14 && jpeg[start] == 'E' && jpeg[start + 1] == 'x' && jpeg[start + 2] == 'i'
                    && jpeg[start + 3] == 'f' && jpeg[start + 4] == 0 && jpeg[start + 5] == 0) {
                return fromTiff(jpeg, start + 6, end);
            }
            position = end;
        }
        return 1;
    }

    private static int fromTiff(byte[] bytes, int tiff, int end) {
        boolean little;
        if (bytes[tiff] == 'I' && bytes[tiff + 1] == 'I') {
            little = true;
        } else if (bytes[tiff] == 'M' && bytes[tiff + 1] == 'M') {
            little = false;
        } else {
            return 1;
        }
        long directory = tiff + unsigned32(bytes, tiff + 4, little);
        if (directory + 2 > end) {
            return 1;
        }
        int entries = unsigned16(bytes, (int) directory, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) directory + 2 + 12 * i;
            if (entry + 12 > end) {
                return 1;
            }
            if (unsigned16(bytes, entry, little) == ORIENTATION_TAG) {
                int value = unsigned16(bytes, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int unsigned16(byte[] bytes, int at, boolean little) {
        int a = bytes[at] & 0xFF;
        int b = bytes[at + 1] & 0xFF;
        return little ? (b << 8) | a : (a << 8) | b;
    }

    private static long unsigned32(byte[] bytes, int at, boolean little) {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            int shift = little ? 8 * i : 8 * (3 - i);
            value |= (long) (bytes[at + i] & 0xFF) << shift;
        }
        return value;
    }

    /**
     * The image turned upright: orientation 6 (the phone held upright, camera on the right) turns the
     * pixels a quarter clockwise, 8 a quarter anticlockwise, 3 a half turn; 2, 4, 5 and 7 also mirror.
     */
    public static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        boolean swaps = orientation >= 5;
        BufferedImage upright = new BufferedImage(swaps ? height : width, swaps ? width : height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                switch (orientation) {
                    case 2 -> upright.setRGB(width - 1 - x, y, rgb);
                    case 3 -> upright.setRGB(width - 1 - x, height - 1 - y, rgb);
                    case 4 -> upright.setRGB(x, height - 1 - y, rgb);
                    case 5 -> upright.setRGB(y, x, rgb);
                    case 6 -> upright.setRGB(height - 1 - y, x, rgb);
                    case 7 -> upright.setRGB(height - 1 - y, width - 1 - x, rgb);
                    default -> upright.setRGB(y, width - 1 - x, rgb);
                }
            }
        }
        return upright;
    }
}
