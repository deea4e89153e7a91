variable myproject
set myproject "myproject"
set bit_width_hls_output 32
set bit_width_hls_input 32
