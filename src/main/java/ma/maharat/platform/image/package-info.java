/**
 * What every feature that stores people's photos needs: turning a photo upright from its EXIF orientation
 * before the metadata (with its GPS position) is dropped by re-encoding.
 */
package ma.maharat.platform.image;
