"""Reading codes: QR decoding (zxing-cpp) and where codes come from (the webcam, scanned pages).

Never widgets: this runs in worker threads and in the headless command line.
"""
