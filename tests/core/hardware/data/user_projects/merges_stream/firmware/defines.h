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
typedef nnet::array<ap_fixed<16,6>, 4*1> input_t;
typedef ap_fixed<35,15> fa_accum_t;
typedef nnet::array<ap_fixed<35,15>, 4*1> fa_result_t;
typedef ap_fixed<16,6> fa_weight_t;
typedef ap_fixed<16,6> fa_bias_t;
typedef ap_uint<1> layer2_index;
typedef ap_fixed<35,15> fb_accum_t;
typedef nnet::array<ap_fixed<35,15>, 4*1> fb_result_t;
typedef ap_fixed<16,6> fb_weight_t;
typedef ap_fixed<16,6> fb_bias_t;
typedef ap_uint<1> layer4_index;
typedef nnet::array<ap_fixed<35,15>, 4*1> mx_result_t;
typedef nnet::array<ap_fixed<36,16>, 4*1> av_result_t;
typedef nnet::array<ap_fixed<36,16>, 8*1> c1_result_t;
typedef nnet::array<ap_fixed<70,30>, 4*1> mu_result_t;
typedef nnet::array<ap_fixed<70,30>, 12*1> cat_result_t;
typedef ap_fixed<91,41> out_accum_t;
typedef nnet::array<ap_fixed<91,41>, 2*1> result_t;
typedef ap_fixed<16,6> out_weight_t;
typedef ap_fixed<16,6> out_bias_t;
typedef ap_uint<1> layer11_index;

// hls-fpga-machine-learning insert emulator-defines


#endif
