#ifndef DEFINES_H_
#define DEFINES_H_

#include "ap_fixed.h"
#include "ap_int.h"
#include "nnet_utils/nnet_types.h"
#include <array>
#include <cstddef>
#include <cstdio>
#include <tuple>
#include <tuple>


// hls-fpga-machine-learning insert numbers

// hls-fpga-machine-learning insert layer-precision
typedef ap_fixed<16,6> input_t;
typedef ap_fixed<16,6> input2_t;
typedef ap_fixed<16,6> model_default_t;
typedef ap_fixed<35,15> fa_result_t;
typedef ap_fixed<16,6> fa_weight_t;
typedef ap_fixed<16,6> fa_bias_t;
typedef ap_uint<1> layer3_index;
typedef ap_fixed<35,15> fb_result_t;
typedef ap_fixed<16,6> fb_weight_t;
typedef ap_fixed<16,6> fb_bias_t;
typedef ap_uint<1> layer4_index;
typedef ap_fixed<72,32> result_t;

// hls-fpga-machine-learning insert emulator-defines


#endif
