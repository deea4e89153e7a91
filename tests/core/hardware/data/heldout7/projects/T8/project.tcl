variable myproject
set myproject "myproject"
variable backend
set backend "vivadoaccelerator"
variable part
set part "xcu250-figd2104-2L-e"
set bit_width_hls_output 32
set bit_width_hls_input 32
