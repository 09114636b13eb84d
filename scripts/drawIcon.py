#!/usr/bin/env python3
# Run from the repository root: python3 scripts/drawIcon.py (writes assets/icon.png, icon.ico, icon.icns).
# Draws the app icon (a bridge arc over water on a green rounded square) and writes PNG, ICO and ICNS.
import math, struct, zlib, sys
def render(size):
    px = bytearray()
    s = size
    r = s * 0.18
    for y in range(s):
        px.append(0)
        for x in range(s):
            # rounded square mask with 2x2 supersampling
            cov = 0; col = [0,0,0]
            for sy in (0.25, 0.75):
                for sx in (0.25, 0.75):
                    fx, fy = (x+sx)/s, (y+sy)/s
                    dx = max(0.08 - fx, 0, fx - 0.92); dy = max(0.08 - fy, 0, fy - 0.92)
                    inside = (fx >= 0.02 and fx <= 0.98 and fy >= 0.02 and fy <= 0.98)
                    cx = min(max(fx, 0.2), 0.8); cy = min(max(fy, 0.2), 0.8)
                    if math.hypot(fx-cx, fy-cy) > 0.18 + 0.0: inside = False
                    if not inside: continue
                    cov += 1
                    c = (46, 125, 91)
                    if fy > 0.68: c = (33, 97, 140)  # water
                    # arch: circle centred (0.5, 1.05) radius 0.55, stroke 0.06
                    d = math.hypot(fx-0.5, fy-1.02)
                    if abs(d-0.52) < 0.035 and fy < 0.70: c = (255, 255, 255)
                    # deck
                    if 0.60 < fy < 0.645 and 0.12 < fx < 0.88: c = (255, 255, 255)
                    # pillars
                    for p in (0.30, 0.50, 0.70):
                        top = 1.02 - math.sqrt(max(0.52**2 - (p-0.5)**2, 0))
                        if abs(fx-p) < 0.014 and top < fy < 0.62: c = (255, 255, 255)
                    col = [col[i]+c[i] for i in range(3)]
            if cov == 0: px += bytes((0,0,0,0))
            else: px += bytes((col[0]//cov, col[1]//cov, col[2]//cov, 255*cov//4))
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t+d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', s, s, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(bytes(px), 9)) + chunk(b'IEND', b'')
p512 = render(512); p256 = render(256)
open('assets/icon.png','wb').write(p512)
# ICO with one 256x256 PNG image (Windows Vista and later read PNG-in-ICO).
ico = struct.pack('<HHH', 0, 1, 1) + struct.pack('<BBBBHHII', 0, 0, 0, 0, 1, 32, len(p256), 22) + p256
open('assets/icon.ico','wb').write(ico)
# ICNS with the 512x512 PNG ('ic09') and 256x256 ('ic08').
entries = b''.join(t + struct.pack('>I', len(d)+8) + d for t, d in ((b'ic09', p512), (b'ic08', p256)))
open('assets/icon.icns','wb').write(b'icns' + struct.pack('>I', len(entries)+8) + entries)
